/** The import part of the contract (issue 4): articles in, candidate events out. */
export const importMethods = {};
