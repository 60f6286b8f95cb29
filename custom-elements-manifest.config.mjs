// The custom-elements manifest (`npm run manifest`). Reactive properties are declared with Lit's
// `static properties` (no decorator runtime in the bundles); the analyzer lists the internal
// `{ state: true }` ones as attributes, which they are not: this drops them, so the manifest,
// the README tables and the Storybook controls show only the public API.
export default {
  plugins: [
    {
      name: 'lacnic-private-state-is-not-an-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            const internal = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
            for (const m of decl.members ?? []) if (internal.has(m.name)) delete m.attribute;
            // `dispatchEvent(new LacnicErrorEvent(…))` is seen as an event with no name; the
            // class's @fires tag already documents it.
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
