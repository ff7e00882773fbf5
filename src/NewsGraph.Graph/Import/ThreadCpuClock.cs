using System.Runtime.InteropServices;

namespace NewsGraph.Graph.Import;

/// <summary>The CPU time the calling thread has used, where the system gives it (Linux's <c>CLOCK_THREAD_CPUTIME_ID</c>), else null.</summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;
    private static readonly bool Available = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    public static TimeSpan? Now() =>
        Available && NativeMethods.clock_gettime(ThreadCpuTimeClock, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : null;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }
}
