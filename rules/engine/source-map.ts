/** Remembers where each parsed pack came from, so later errors can name file, line and column. */
export interface PackLocation {
  file: string;
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

const locations = new WeakMap<object, PackLocation>();

export function rememberLocation(pack: object, location: PackLocation): void {
  locations.set(pack, location);
}

export function locationOf(pack: object, fallbackFile: string): PackLocation {
  return locations.get(pack) ?? { file: fallbackFile, locate: () => undefined };
}
