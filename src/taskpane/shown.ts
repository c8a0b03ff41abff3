/** An error whose message is already meant for the user (a plan that could not be read, …). */
export class ShownError extends Error {}
