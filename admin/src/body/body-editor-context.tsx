/** What node views need from the page around the body editor: the pickers, and whether to flag missing fields. */
import { createContext, useContext } from 'react';
import type { AdminImage, ArticleListItem } from '../../../src/api/admin/contract.js';

export interface BodyEditorServices {
  pickImage(): Promise<AdminImage | null>;
  pickArticle(): Promise<ArticleListItem | null>;
  /** True after a publish attempt: missing image fields are marked invalid, not only noted. */
  flagProblems: boolean;
  /** The edition's writing direction and language, for text typed inside node views. */
  dir: 'ltr' | 'rtl';
  lang: string;
}

export const BodyEditorContext = createContext<BodyEditorServices>({
  pickImage: async () => null,
  pickArticle: async () => null,
  flagProblems: false,
  dir: 'ltr',
  lang: 'en',
});

export const useBodyEditorServices = () => useContext(BodyEditorContext);
