/**
 * The sections of the guide, in reading order, with their deep-link slugs
 * (ASCII slugs of the Vietnamese titles, e.g. `#le-phi` for "Lệ phí") and
 * their titles: a core message id where core names the part of the official
 * procedure page, a guide string otherwise. The order follows the official
 * page ("Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ",
 * "Thời hạn giải quyết", "Lệ phí", forms, conditions, legal basis), after the
 * personal questionnaire, with the offices next to the ways to apply.
 */
import type { MessageId } from '@hochieu/core';
import type { WidgetMessageId } from '../../localization/vi.js';

export type GuideSectionId =
  | 'chuan-bi'
  | 'trinh-tu'
  | 'cach-thuc'
  | 'co-quan'
  | 'thanh-phan-ho-so'
  | 'thoi-han'
  | 'le-phi'
  | 'bieu-mau'
  | 'dieu-kien'
  | 'nop-truc-tuyen'
  | 'can-cu-phap-ly';

export interface GuideSection {
  id: GuideSectionId;
  title: { core: MessageId } | { guide: Extract<WidgetMessageId, `guide.section.${string}`> };
}

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  { id: 'chuan-bi', title: { guide: 'guide.section.prepare' } },
  { id: 'trinh-tu', title: { guide: 'guide.section.steps' } },
  { id: 'cach-thuc', title: { guide: 'guide.section.channels' } },
  { id: 'co-quan', title: { guide: 'guide.section.offices' } },
  { id: 'thanh-phan-ho-so', title: { core: 'procedure.documents.title' } },
  { id: 'thoi-han', title: { core: 'procedure.conditions.processingTime.title' } },
  { id: 'le-phi', title: { core: 'procedure.fee.title' } },
  { id: 'bieu-mau', title: { core: 'procedure.conditions.forms.title' } },
  { id: 'dieu-kien', title: { guide: 'guide.section.conditions' } },
  { id: 'nop-truc-tuyen', title: { guide: 'guide.section.online' } },
  { id: 'can-cu-phap-ly', title: { core: 'procedure.legal.title' } },
];

/** The section of a URL fragment (with or without `#`, percent-encoded or not), if any. */
export function sectionOfHash(hash: string): GuideSectionId | null {
  let id = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    id = decodeURIComponent(id);
  } catch {
    return null;
  }
  return GUIDE_SECTIONS.some((s) => s.id === id) ? (id as GuideSectionId) : null;
}
