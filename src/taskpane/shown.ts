import { Words } from "./i18n";

/** An error whose text is meant for the user (a plan that could not be read, …), in the pane's language. */
export class ShownError extends Error {
  constructor(readonly say: (t: Words) => string) {
    super("shown to the user");
  }
}
