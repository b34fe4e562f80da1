/** A workflow refused a command (its validator said no, or it has ended); nothing changed. */
export class TaskCommandRefused extends Error {}
