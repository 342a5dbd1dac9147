export function noDisplayMessage(
  platform: string,
  env: Record<string, string | undefined>,
): string | null;
