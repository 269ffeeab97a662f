/**
 * Bundle stand-in for @cantoo/pdf-lib's `packages/standard-fonts/Font.js`,
 * which carries the metrics of the 14 standard PDF fonts (ISO 32000-1 §9.6.2.2:
 * Times, Helvetica, Courier, Symbol, ZapfDingbats; about 120 kB gzip). Those
 * fonts use WinAnsi-style encodings that cannot write Vietnamese, so docgen
 * always embeds the Tinos TrueType font and never loads a standard font;
 * the alias in vite.widget.config.ts leaves their metrics out of the embed
 * bundle. The names stay (pdf-lib's `StandardFonts` enum refers to them);
 * loading one fails loudly instead of drawing wrong glyphs.
 */
export const FontNames = {
  Courier: 'Courier',
  CourierBold: 'Courier-Bold',
  CourierOblique: 'Courier-Oblique',
  CourierBoldOblique: 'Courier-BoldOblique',
  Helvetica: 'Helvetica',
  HelveticaBold: 'Helvetica-Bold',
  HelveticaOblique: 'Helvetica-Oblique',
  HelveticaBoldOblique: 'Helvetica-BoldOblique',
  TimesRoman: 'Times-Roman',
  TimesRomanBold: 'Times-Bold',
  TimesRomanItalic: 'Times-Italic',
  TimesRomanBoldItalic: 'Times-BoldItalic',
  Symbol: 'Symbol',
  ZapfDingbats: 'ZapfDingbats',
};

export class Font {
  static load(fontName) {
    throw new Error(`hochieu: the standard PDF font ${fontName} is not in the embed bundle (it cannot write Vietnamese); embed a TrueType font`);
  }
}
