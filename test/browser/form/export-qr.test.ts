// The host's `qr: true` switch reaches docgen: the declaration PDF and DOCX are
// asked for with the machine-readable QR code; without it they are not.
import { expect } from '@open-wc/testing';
import { example } from '@hochieu/core/examples';
import { exportDeclaration, formDocgen } from '../../../packages/widget/src/components/hochieu-form/export-adapter.js';

describe('export adapter: QR opt-in', () => {
  const original = formDocgen.load;
  afterEach(() => {
    formDocgen.load = original;
  });

  function capture(): unknown[] {
    const seen: unknown[] = [];
    const build = (_d: unknown, options: unknown) => {
      seen.push(options);
      return Promise.resolve(new Uint8Array([37, 80, 68, 70]));
    };
    formDocgen.load = () => Promise.resolve({ buildDeclarationPdf: build, buildDeclarationDocx: build });
    return seen;
  }

  it('asks docgen for the QR code only when the host configuration opts in', async () => {
    const seen = capture();
    await exportDeclaration('pdf', example('minimalAdult'), { date: '2026-11-21', config: { qr: true } });
    await exportDeclaration('docx', example('minimalAdult'), { date: '2026-11-21', config: { qr: true } });
    await exportDeclaration('pdf', example('minimalAdult'), { date: '2026-11-21', config: {} });
    await exportDeclaration('pdf', example('minimalAdult'), { date: '2026-11-21' });
    expect(seen.map((o) => (o as { qr?: boolean }).qr)).to.deep.equal([true, true, undefined, undefined]);
  });
});
