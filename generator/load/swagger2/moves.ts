/**
 * Where each part of a converted document came from. Converting Swagger 2.0 moves subtrees
 * (`/definitions/Pet` becomes `/components/schemas/Pet`, a body parameter becomes a `requestBody`);
 * a move recorded for a node holds for everything under it, so diagnostics can point at the line the
 * user wrote and `$ref`s written against the old layout can follow their targets.
 */
import { joinPointer } from '../../util/pointer.js';

export class Moves {
  /** Converted pointer → original pointer. */
  private readonly back = new Map<string, string>();
  /** Original pointer → converted pointer; the first place a node was copied to when it was copied twice. */
  private readonly forth = new Map<string, string>();

  record(converted: string, original: string): void {
    this.back.set(converted, original);
    if (!this.forth.has(original)) this.forth.set(original, converted);
  }

  /** The pointer, in the file as written, of what now stands at `converted`. */
  toOriginal(converted: string): string {
    return translate(this.back, converted);
  }

  /** Where what stood at `original` stands now. */
  toConverted(original: string): string {
    return translate(this.forth, original);
  }
}

/** Rewrites the longest recorded prefix of `pointer`, segment by segment; unmoved pointers stay. */
function translate(moves: ReadonlyMap<string, string>, pointer: string): string {
  for (let prefix = pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
    const moved = moves.get(prefix);
    if (moved !== undefined) return moved + pointer.slice(prefix.length);
    if (prefix === '') return pointer;
  }
}

/** A pointer builder that records each step's origin as it goes. */
export interface Site {
  readonly pointer: string;
  readonly original: string;
}

export function child(site: Site, ...tokens: readonly (string | number)[]): Site {
  return { pointer: joinPointer(site.pointer, ...tokens), original: joinPointer(site.original, ...tokens) };
}
