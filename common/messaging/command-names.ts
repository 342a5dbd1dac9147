/** The keyboard commands declared in the manifest (see wxt.config.ts). */
export const COMMANDS = ['toggle-highlighting', 'next-term'] as const;
