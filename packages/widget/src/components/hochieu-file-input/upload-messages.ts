/**
 * Words for upload refusals, shared by `<hochieu-file-input>` and
 * `<hochieu-photo-input>`: each refusal reason of `inspectUpload` has its own
 * message (what is wrong with the file and what to do), in the element's
 * language, with the file's name, the limits and sizes filled in.
 */
import type { LocaleController } from '../../localization/locale-controller.js';
import type { AcceptedKind, UploadPolicy } from '../../uploads/limits.js';
import type { UploadRefused } from '../../uploads/inspect.js';
import { formatBytes } from '../../uploads/format.js';
import './strings.vi.js';

/** Which list of accepted kinds to name. */
export type AcceptWording = 'images' | 'photo' | 'imagesOrPdf';

export function acceptedWords(l10n: LocaleController, wording: AcceptWording): string {
  switch (wording) {
    case 'images':
      return l10n.t('upload.accept.images');
    case 'photo':
      return l10n.t('upload.accept.photo');
    case 'imagesOrPdf':
      return l10n.t('upload.accept.imagesOrPdf');
  }
}

export function kindWords(l10n: LocaleController, kind: string): string {
  switch (kind) {
    case 'jpeg':
      return l10n.t('upload.kind.jpeg');
    case 'png':
      return l10n.t('upload.kind.png');
    case 'webp':
      return l10n.t('upload.kind.webp');
    case 'gif':
      return l10n.t('upload.kind.gif');
    case 'pdf':
      return l10n.t('upload.kind.pdf');
    case 'heif':
      return l10n.t('upload.kind.heif');
    default:
      return kind;
  }
}

/** The limits line shown as a hint ("Nhận ảnh JPEG hoặc PNG, tối đa 10 MB."). */
export function limitsLine(l10n: LocaleController, policy: UploadPolicy, wording: AcceptWording): string {
  return l10n.t('upload.limits', { accepted: acceptedWords(l10n, wording), max: formatBytes(policy.maxBytes, l10n.locale) });
}

/** The wording that fits a policy's accepted kinds. */
export function wordingFor(accept: readonly AcceptedKind[]): AcceptWording {
  if (accept.includes('pdf')) return 'imagesOrPdf';
  if (accept.includes('webp')) return 'photo';
  return 'images';
}

/** The message for a refused file. */
export function refusalText(
  l10n: LocaleController,
  refusal: UploadRefused,
  name: string,
  fileBytes: number,
  policy: UploadPolicy,
): string {
  const accepted = acceptedWords(l10n, wordingFor(policy.accept));
  const p = refusal.params;
  switch (refusal.reason) {
    case 'empty':
      return l10n.t('upload.error.empty', { name });
    case 'tooLarge':
      return l10n.t('upload.error.tooLarge', {
        name,
        size: formatBytes(fileBytes, l10n.locale),
        max: formatBytes(policy.maxBytes, l10n.locale),
      });
    case 'svg':
      return l10n.t('upload.error.svg', { name });
    case 'html':
      return l10n.t('upload.error.html', { name });
    case 'notPdf':
      return l10n.t('upload.error.notPdf', { name });
    case 'notAccepted':
      return l10n.t('upload.error.notAccepted', { name, kind: kindWords(l10n, String(p['kind'] ?? '')), accepted });
    case 'unknownType':
      return l10n.t('upload.error.unknownType', { name, accepted });
    case 'truncated':
      return l10n.t('upload.error.truncated', { name });
    case 'malformed':
      return l10n.t('upload.error.malformed', { name });
    case 'dimensionsTooLarge': {
      const number = new Intl.NumberFormat(l10n.locale === 'vi' ? 'vi-VN' : 'en-GB');
      return l10n.t('upload.error.dimensionsTooLarge', {
        name,
        width: number.format(Number(p['width'])),
        height: number.format(Number(p['height'])),
        maxSide: number.format(policy.maxSide),
        megapixels: number.format(Math.round(policy.maxPixels / 1e6)),
      });
    }
    case 'undecodable':
      return l10n.t('upload.error.undecodable', { name });
    case 'unreadable':
      return l10n.t('upload.error.unreadable', { name });
  }
}
