/** The procedure as data: steps, channels, dossier components, fees, legal basis, refusal cases. */
export {};
