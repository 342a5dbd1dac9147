import { ContextGate, type Gated } from '../../page/engine/context-gate';

/**
 * A context gate wired as the registry wires it: an entry is registered before the gate hears
 * of it and forgotten before the gate does, and `registered` lists them in the order added.
 * `placesAsked` counts the gate's questions of where an entry stands.
 */
export class RegisteringGate<E extends Gated, P> extends ContextGate<E, P> {
  private readonly entries = new Set<E>();
  placesAsked = 0;

  constructor(
    show: (entry: E) => void,
    hide: (entry: E) => void,
    placeOf: (entry: E) => P,
    isNear: (entry: E, anchorsByPlace: ReadonlyMap<P, number>) => boolean,
  ) {
    super(
      show,
      hide,
      (entry) => {
        this.placesAsked++;
        return placeOf(entry);
      },
      isNear,
      () => this.entries,
    );
  }

  override add(entry: E): void {
    this.entries.add(entry);
    super.add(entry);
  }

  override remove(entry: E): void {
    this.entries.delete(entry);
    super.remove(entry);
  }
}
