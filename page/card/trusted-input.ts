interface UserActivation {
  readonly isActive: boolean;
}

/**
 * Whether an event is the reader's own doing: dispatched by the browser (a page can forge any
 * event, but not `isTrusted`), and, where the browser tells, during a user activation.
 */
export function isUserAction(event: Event): boolean {
  if (!event.isTrusted) return false;
  const activation = (navigator as Navigator & { userActivation?: UserActivation }).userActivation;
  return activation?.isActive ?? true;
}
