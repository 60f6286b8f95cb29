declare const __KIT_VERSION__: string | undefined;

/** The kit's version, stamped by the build; "dev" when run from source. */
export const KIT_VERSION: string = typeof __KIT_VERSION__ === 'string' ? __KIT_VERSION__ : 'dev';
