import fs from "node:fs";

// A process's memory from /proc (Linux): the resident set now, and its peak so far (VmHWM,
// the "high water mark" the kernel keeps, so a short peak between two samples is not missed).

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((candidate) => candidate.startsWith(`${field}:`));
    const kib = Number(line?.split(/\s+/)[1]);
    return Number.isFinite(kib) ? kib / 1024 : null;
  } catch {
    return null;
  }
}

/** Resident memory in MiB, or null where /proc is not available. */
export const residentMb = (pid: number) => statusField(pid, "VmRSS");

/** The peak resident memory since the process started, in MiB. */
export const peakResidentMb = (pid: number) => statusField(pid, "VmHWM");

/** Resets the peak to the current resident size (Linux ≥ 4.0: writing 5 to clear_refs). */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
