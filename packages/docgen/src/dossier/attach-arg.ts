/**
 * The command line's `--attach role=path` pairs: a pure helper that splits one
 * argument and maps its role to a dossier component (seed 004, "Thành phần hồ
 * sơ") that is supplied as an attachment. The role may be written as core's id
 * (`previousPassport`) or as the ASCII entry name used in the ZIP
 * (`ho-chieu-gan-nhat`). Reading the file is the caller's job.
 */
import { DocgenError } from '../errors.js';
import { COMPONENT_BASENAMES } from './contents.js';
import { ATTACHMENT_ROLES, type AttachmentRole } from './files.js';

export interface AttachmentArg {
  role: AttachmentRole;
  path: string;
}

/** The accepted spellings of each attachment role. */
export function attachmentRoleNames(): Record<string, AttachmentRole> {
  const out: Record<string, AttachmentRole> = {};
  for (const role of ATTACHMENT_ROLES) {
    out[role.toLowerCase()] = role;
    const stem = COMPONENT_BASENAMES[role];
    if (stem) out[stem] = role;
  }
  return out;
}

/** `"previousPassport=scan.pdf"` → `{ role: 'previousPassport', path: 'scan.pdf' }`; throws DocgenError otherwise. */
export function parseAttachmentArg(arg: string, index = 1): AttachmentArg {
  const at = arg.indexOf('=');
  const rawRole = at > 0 ? arg.slice(0, at).trim() : '';
  const path = at > 0 ? arg.slice(at + 1).trim() : '';
  const names = attachmentRoleNames();
  const key = rawRole.toLowerCase();
  // Own keys only: `__proto__` or `constructor` must not match through the prototype.
  const role = Object.hasOwn(names, key) ? names[key] : undefined;
  if (!role || path === '') {
    throw new DocgenError([{ path: `attach.${index - 1}`, id: 'docgen.file.unknownRole', params: { index, role: rawRole || arg } }]);
  }
  return { role, path };
}
