import os from "node:os";

// What the machine was doing while a benchmark ran: the figures only mean something next to it.

/** The load average over 1, 5 and 15 minutes, as "0.8 / 1.3 / 0.7". */
export const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" / ");
