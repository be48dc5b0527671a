/** TODO(issue 18): the words of this area move here from its components and lib files (docs/localization.md). */
export const store = {};
