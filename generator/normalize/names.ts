/** Names derived from the IR that several steps need to agree on. */
import type { OperationIR } from '../ir/types.js';

export const paramsTypeName = (op: OperationIR): string => `${op.typePrefix}Params`;
export const responseTypeName = (op: OperationIR): string => `${op.typePrefix}Response`;
/** One item of a paginated operation's list (`for await (const item of …)`). */
export const itemTypeName = (op: OperationIR): string => `${op.typePrefix}Item`;
export const builderName = (op: OperationIR): string => `build${op.typePrefix}Request`;
/** The bodies of the requests the API sends back after the operation (its callbacks), by callback name. */
export const callbacksTypeName = (op: OperationIR): string => `${op.typePrefix}Callbacks`;
export const policyConstName = (op: OperationIR): string => `${op.typePrefix.charAt(0).toLowerCase()}${op.typePrefix.slice(1)}Policy`;

/** Every exported name an operation adds to the package. */
export function operationExports(op: OperationIR): string[] {
  return [paramsTypeName(op), responseTypeName(op), ...(op.pagination ? [itemTypeName(op)] : []), ...(op.callbacks ? [callbacksTypeName(op)] : []), builderName(op)];
}

/**
 * The client class without its resources (`CloudflareCore`): what a bundle that uses a few resources
 * builds them on (`new ActiveSession(new CloudflareCore(options))`), so the others are left out.
 */
export const coreClientName = (clientName: string): string => `${clientName}Core`;

/** The client's own name for the runtime's base error class (`CloudflareError`), aliasing `SDKError`. */
export const baseErrorAlias = (clientName: string): string => `${clientName}Error`;
