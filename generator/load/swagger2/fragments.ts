/**
 * Files a Swagger 2.0 document refers to that are not Swagger documents themselves (`definitions.yaml`,
 * `parameters.yaml#/limit`, `paths/pets.yaml`): their nodes are written in Swagger 2.0's terms too, but
 * only the `$ref` that reaches one says what it is. Each `$ref` met while converting marks its target with
 * that role (a schema, a parameter, a body parameter, a response, a path item); the targets are then
 * converted in place, following the `$ref`s they hold in turn.
 */
import { getAtPointer } from '../../util/pointer.js';
import { refTarget } from '../refs.js';
import type { ParsedSource } from '../yaml-source.js';

export type Role = 'schema' | 'parameter' | 'body' | 'response' | 'pathItem';

/** The media types in force where a `$ref` was met: a body takes `consumes`, a response `produces`. */
export interface Media {
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
}

export interface Target {
  readonly file: string;
  readonly pointer: string;
  readonly role: Role;
  readonly media: Media;
}

export class Fragments {
  private readonly pending: Target[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly sources: ReadonlyMap<string, ParsedSource>,
    /** Whether a file is a Swagger document, converted whole. */
    private readonly isDocument: (file: string) => boolean,
  ) {}

  /** The node a `$ref` written in `fromFile` leads to, if any. */
  peek(fromFile: string, ref: string): unknown {
    const { file, pointer } = refTarget(fromFile, ref);
    const source = this.sources.get(file);
    return source === undefined ? undefined : getAtPointer(source.value, pointer);
  }

  /** Marks the target of a `$ref` for conversion in `role`, unless its file is converted whole or it was marked before. */
  mark(fromFile: string, ref: string, role: Role, media: Media): void {
    const { file, pointer } = refTarget(fromFile, ref);
    if (this.isDocument(file) || this.peek(fromFile, ref) === undefined) return;
    const key = `${file}#${pointer}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pending.push({ file, pointer, role, media: { consumes: media.consumes, produces: media.produces } });
  }

  next(): Target | undefined {
    return this.pending.shift();
  }
}
