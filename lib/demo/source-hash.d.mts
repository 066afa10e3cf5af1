export declare const BUILD_SOURCES: readonly string[];
export declare const GENERATED: readonly string[];
export declare function sourceHash(root: string): string;
