/**
 * `hochieu dossier <file|-> --photo p.jpg --id-front f.jpg --id-back b.jpg
 * [--attach role=path …] -o dossier.zip`: reads the declaration and the
 * files, and calls `buildDossier` (src/dossier, issue 4), which checks every
 * file and the declaration before anything is built. The dossier code is
 * loaded only for this command, so the other commands never depend on it.
 */
import type { DocgenIssue } from '../errors.js';
import { isDocgenError } from '../errors.js';
import type { CliContext } from './main.js';
import { CliError, readBytes, readJson } from './io.js';
import type { CliLocale } from './strings.js';

export interface DossierHelpers {
  refuse(issues: readonly DocgenIssue[], describe: (issues: readonly DocgenIssue[], locale: CliLocale) => string[]): number;
  written(bytes: Uint8Array): Promise<number>;
}

export async function runDossier(ctx: CliContext, helpers: DossierHelpers): Promise<number> {
  const dossier = await import('../dossier/index.js');
  const r = ctx.request;
  const input = await readJson(r.input!, ctx.cwd, ctx.stdin, ctx.locale);
  let attachments: { role: string; path: string }[];
  try {
    attachments = r.attach.map((arg, i) => dossier.parseAttachmentArg(arg, i + 1));
  } catch (err) {
    // A wrong `--attach role=path` is a usage error (exit 2), not an invalid declaration.
    if (isDocgenError(err)) throw new CliError(dossier.describeDossierIssues(err.issues, ctx.locale).join('\n'));
    throw err;
  }
  const read = (path: string) => readBytes(path, ctx.cwd, ctx.stdin, ctx.locale);
  const files = {
    ...(r.photo ? { photo: await read(r.photo) } : {}),
    ...(r.idFront ? { idFront: await read(r.idFront) } : {}),
    ...(r.idBack ? { idBack: await read(r.idBack) } : {}),
    attachments: await Promise.all(
      attachments.map(async (a) => ({ role: a.role, bytes: await read(a.path), name: a.path.split(/[\\/]/u).pop() ?? a.path })),
    ),
  };
  let zip: Uint8Array;
  try {
    zip = await dossier.buildDossier(input, files as Parameters<typeof dossier.buildDossier>[1], {
      date: ctx.today,
      locale: ctx.locale,
      ...(ctx.config ? { config: ctx.config } : {}),
    });
  } catch (err) {
    if (isDocgenError(err)) return helpers.refuse(err.issues, dossier.describeDossierIssues);
    throw err;
  }
  return helpers.written(zip);
}
