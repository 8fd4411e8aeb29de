export declare const WHOLE_DEVICE: { name: string; c: string; core?: string }[];
export declare const WHOLE_DEVICE_BENCHMARKS: string[];
