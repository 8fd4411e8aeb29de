export declare const WHOLE_DEVICE: { name: string; c: string }[];
export declare const WHOLE_DEVICE_BENCHMARKS: string[];
