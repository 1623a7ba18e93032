export declare const TRADITIONAL_SOURCES: readonly string[];
export declare const HAN_RUN: RegExp;
