/**
 * The article editor's state: the server's version, the local draft, and the
 * autosave loop — ~2 s after typing stops a draft is saved with its revision
 * (a new article is created once it has an edition, a section and a
 * headline). Until the server has it, every change is also kept in
 * localStorage; a 409 pauses saving and hands the server's version to the
 * conflict dialog; offline saves retry when the connection returns.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { ApiError, errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { navigate } from '../lib/router.js';
import { useReference } from '../session/reference-context.js';
import { useUser } from '../session/session-context.js';
import { createBlocker, emptyDraft, fieldsFromArticle, sameDraft, slugEditable, toArticleFields, type DraftFields } from './article-fields.js';
import { autosaves, conflictVersion, isAdminArticle } from './article-guards.js';
import { draftKey, drafts, type LocalDraft } from './draft-store.js';
import type { SaveState } from './save-state.js';

export const AUTOSAVE_DELAY_MS = 2000;
const LOCAL_DELAY_MS = 300;
const OFFLINE_RETRY_MS = 15_000;

export interface OfferedDraft {
  key: string;
  draft: LocalDraft;
}

export function useArticleEditor(articleId: number | null, editorKey: string) {
  const user = useUser();
  const reference = useReference();
  const [article, setArticle] = useState<AdminArticle | null>(null);
  const [fields, setFields] = useState<DraftFields>(() =>
    emptyDraft(user.editionCodes.find((c) => reference.editions.some((e) => e.code === c)) ?? reference.editions[0]?.code ?? '', user),
  );
  const [loading, setLoading] = useState(articleId !== null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [bodyKey, setBodyKey] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: 'idle', saved: articleId !== null });
  const [conflict, setConflict] = useState<AdminArticle | null>(null);
  const [offered, setOffered] = useState<OfferedDraft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const articleRef = useRef<AdminArticle | null>(null);
  const fieldsRef = useRef(fields);
  const dirty = useRef(false);
  const conflictRef = useRef<AdminArticle | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  const localTimer = useRef<number | undefined>(undefined);
  const mounted = useRef(true);

  const key = () => draftKey(articleRef.current?.id ?? 'new');
  const keepLocal = useCallback(() => {
    window.clearTimeout(localTimer.current);
    drafts.save(key(), { fields: fieldsRef.current, baseRevision: articleRef.current?.revision ?? null, savedAt: new Date().toISOString() });
  }, []);
  const setServer = (next: AdminArticle) => {
    articleRef.current = next;
    setArticle(next);
  };
  const replaceFields = (next: DraftFields) => {
    fieldsRef.current = next;
    setFields(next);
    setBodyKey((k) => k + 1);
  };

  const doSave = async (minor: boolean): Promise<boolean> => {
    const sent = fieldsRef.current;
    const current = articleRef.current;
    if (!current) {
      const blocker = createBlocker(sent);
      if (blocker) {
        setSave({ kind: 'blocked', message: blocker });
        return false;
      }
    }
    setSave({ kind: 'saving' });
    try {
      const saved = current
        ? await api.saveArticle(current.id, toArticleFields(sent, slugEditable(current)), current.revision, minor)
        : await api.createArticle(toArticleFields(sent, true));
      setServer(saved);
      if (!current) {
        drafts.clear(draftKey('new'));
        if (mounted.current) navigate(`/admin/articles/${saved.id}`, { replace: true, editorKey });
      }
      if (sameDraft(sent, fieldsRef.current)) {
        dirty.current = false;
        drafts.clear(draftKey(saved.id));
        setSave({ kind: 'saved', at: new Date() });
      } else {
        keepLocal();
        schedule();
      }
      return true;
    } catch (e) {
      keepLocal();
      const theirs = conflictVersion(e);
      if (theirs) {
        conflictRef.current = theirs;
        setConflict(theirs);
        setSave({ kind: 'conflict' });
      } else if (e instanceof ApiError && e.offline) {
        setSave({ kind: 'offline' });
        window.clearTimeout(saveTimer.current);
        saveTimer.current = window.setTimeout(() => void persist({ minor }), OFFLINE_RETRY_MS);
      } else {
        setSave({ kind: 'error' });
        setError(errorMessage(e));
      }
      return false;
    }
  };

  /**
   * Saves now if there is anything to save; waits for a save already under way first.
   * `minor`: a fix to a published article that leaves its "Updated" time alone.
   */
  const persist = async (options: { minor?: boolean } = {}): Promise<boolean> => {
    window.clearTimeout(saveTimer.current);
    while (inFlight.current) await inFlight.current;
    if (!dirty.current && articleRef.current) return true;
    const run = doSave(options.minor === true);
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  };

  const schedule = () => {
    window.clearTimeout(saveTimer.current);
    if (conflictRef.current) return;
    if (!autosaves(articleRef.current)) return setSave({ kind: 'held' });
    setSave({ kind: 'pending' });
    saveTimer.current = window.setTimeout(() => void persist(), AUTOSAVE_DELAY_MS);
  };

  const update = (patch: Partial<DraftFields>) => {
    const next = { ...fieldsRef.current, ...patch };
    if (sameDraft(next, fieldsRef.current)) return;
    fieldsRef.current = next;
    setFields(next);
    dirty.current = true;
    window.clearTimeout(localTimer.current);
    localTimer.current = window.setTimeout(keepLocal, LOCAL_DELAY_MS);
    schedule();
  };

  // Load once; a new article's editor keeps running when its first save gives it an id.
  useEffect(() => {
    mounted.current = true;
    let live = true;
    const offerIfDifferent = (storageKey: string, base: DraftFields | null) => {
      const local = drafts.load(storageKey);
      if (local && (!base || !sameDraft(local.fields, base))) setOffered({ key: storageKey, draft: local });
      else if (local) drafts.clear(storageKey);
    };
    if (articleId === null) offerIfDifferent(draftKey('new'), null);
    else
      api.article(articleId).then(
        (loaded) => {
          if (!live) return;
          setServer(loaded);
          const loadedFields = fieldsFromArticle(loaded);
          fieldsRef.current = loadedFields;
          setFields(loadedFields);
          if (!autosaves(loaded)) setSave({ kind: 'idle', saved: true });
          offerIfDifferent(`${draftKey(loaded.id)}:mine`, loadedFields);
          offerIfDifferent(draftKey(loaded.id), loadedFields);
          setLoading(false);
        },
        (e: unknown) => {
          if (!live) return;
          setLoadError(errorMessage(e));
          setLoading(false);
        },
      );
    const online = () => dirty.current && !conflictRef.current && autosaves(articleRef.current) && void persist();
    const leaving = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      keepLocal();
      event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', leaving);
    return () => {
      live = false;
      mounted.current = false;
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', leaving);
      window.clearTimeout(saveTimer.current);
      if (dirty.current) {
        keepLocal();
        if (articleRef.current && autosaves(articleRef.current) && !conflictRef.current) void persist();
      }
    };
  }, []);

  const keepMine = () => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    conflictRef.current = null;
    setConflict(null);
    setServer(theirs);
    dirty.current = true;
    void persist();
  };

  /** Keeps the form as it is on this device, offered for restoring, before the server's version replaces it. */
  const setAsideMine = (articleId: number, baseRevision: number) => {
    const setAside: OfferedDraft = {
      key: `${draftKey(articleId)}:mine`,
      draft: { fields: fieldsRef.current, baseRevision, savedAt: new Date().toISOString() },
    };
    drafts.save(setAside.key, setAside.draft);
    setOffered(setAside);
  };

  const takeTheirs = () => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    setAsideMine(theirs.id, theirs.revision);
    conflictRef.current = null;
    setConflict(null);
    setServer(theirs);
    replaceFields(fieldsFromArticle(theirs));
    dirty.current = false;
    drafts.clear(draftKey(theirs.id));
    setSave({ kind: 'idle', saved: true });
  };

  const restoreOffered = () => {
    if (!offered) return;
    drafts.clear(offered.key);
    setOffered(null);
    replaceFields({ ...offered.draft.fields });
    dirty.current = true;
    keepLocal();
    const current = articleRef.current;
    // Written against an older revision: the server moved on since, so both versions are shown before anything is saved.
    if (current && offered.draft.baseRevision !== null && offered.draft.baseRevision !== current.revision) {
      conflictRef.current = current;
      setConflict(current);
      setSave({ kind: 'conflict' });
    } else schedule();
  };

  const discardOffered = () => {
    if (offered) drafts.clear(offered.key);
    setOffered(null);
  };

  /** After a workflow step or a restore: the server's version becomes the form. */
  const adopt = (next: AdminArticle, replaceForm: boolean) => {
    setServer(next);
    if (replaceForm) {
      replaceFields(fieldsFromArticle(next));
      dirty.current = false;
      drafts.clear(draftKey(next.id));
      setSave({ kind: 'idle', saved: true });
    } else if (dirty.current) schedule();
    else setSave({ kind: 'idle', saved: true });
  };

  const restoreRevision = async (revision: number): Promise<boolean> => {
    const current = articleRef.current;
    if (!current) return false;
    setError(null);
    try {
      const result = await api.restore(current.id, revision, current.revision);
      const next = isAdminArticle(result) ? result : await api.article(current.id);
      if (dirty.current) setAsideMine(next.id, next.revision);
      adopt(next, true);
      return true;
    } catch (e) {
      if (!showConflict(e)) setError(errorMessage(e));
      return false;
    }
  };

  const showConflict = (e: unknown): boolean => {
    const theirs = conflictVersion(e);
    if (!theirs) return false;
    keepLocal();
    conflictRef.current = theirs;
    setConflict(theirs);
    setSave({ kind: 'conflict' });
    return true;
  };

  return {
    user, reference, article, fields, loading, loadError, bodyKey, save, conflict, offered, error, setError,
    update, persist, keepMine, takeTheirs, restoreOffered, discardOffered, adopt, showConflict, restoreRevision,
    isDirty: () => dirty.current,
    current: () => ({ article: articleRef.current, fields: fieldsRef.current }),
  };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
