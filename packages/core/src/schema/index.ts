/** Form versions as data: TK01 and TK01a under Thông tư 31/2023, TK01 under Thông tư 69/2026. */
export {};
