/**
 * The demo editions' footer links. The imprint and privacy notice are the
 * fictional publisher's pages on its own (reserved, never resolving)
 * `herald.example` domain, as a real publisher's shared legal pages would be;
 * contact is each desk's address. Admins change them per edition
 * (PUT /api/admin/editions/:code/footer, or the newsroom's Footer screen).
 */
import type { FooterLink } from '../../domain/edition-footer.js';

export const demoFooterLinks: Record<string, FooterLink[]> = {
  en: [
    { kind: 'imprint', label: 'Imprint', href: 'https://herald.example/en/imprint' },
    { kind: 'privacy', label: 'Privacy', href: 'https://herald.example/en/privacy' },
    { kind: 'contact', label: 'Contact', href: 'mailto:newsroom@herald.example' },
  ],
  de: [
    { kind: 'imprint', label: 'Impressum', href: 'https://herald.example/de/impressum' },
    { kind: 'privacy', label: 'Datenschutz', href: 'https://herald.example/de/datenschutz' },
    { kind: 'contact', label: 'Kontakt', href: 'mailto:redaktion@herald.example' },
  ],
  ar: [
    { kind: 'imprint', label: 'بيانات الناشر', href: 'https://herald.example/ar/imprint' },
    { kind: 'privacy', label: 'سياسة الخصوصية', href: 'https://herald.example/ar/privacy' },
    { kind: 'contact', label: 'اتصل بنا', href: 'mailto:arabic@herald.example' },
  ],
};
