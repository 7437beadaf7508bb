/** The package's own TypeScript config: strict, no Node types (the package runs wherever `fetch` does). */
export function tsconfigs(): [string, Record<string, unknown>][] {
  return [
    [
      'tsconfig.json',
      {
        compilerOptions: {
          target: 'ES2020',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2020', 'DOM'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          isolatedModules: true,
          declaration: true,
        },
        include: ['src/**/*.ts'],
      },
    ],
  ];
}
