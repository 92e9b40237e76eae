/** The export part of the contract (issue 5): the briefing PDF and the exchange formats. */
export const exchangeMethods = {};
