export function heap() @ "xs_measure_heap";
export function microseconds() @ "xs_measure_microseconds";
