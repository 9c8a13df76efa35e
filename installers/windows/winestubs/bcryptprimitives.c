/* TEST-ONLY stand-in for bcryptprimitives.dll, for running cryptography under Wine 8 in CI.
 *
 * cryptography's Rust extension (_rust.pyd) imports ProcessPrng, the Windows 10+ system RNG
 * that Rust's standard library uses; Wine 8 has no bcryptprimitives.dll, so the module
 * would not load. This forwards to RtlGenRandom (advapi32!SystemFunction036), which Wine
 * implements with the host's random source. Installed only into the CI Wine prefix's
 * system32; never shipped (build.sh checks the dist folder).
 */
#include <windows.h>

typedef BOOLEAN (WINAPI *RtlGenRandomFn)(PVOID, ULONG);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    static RtlGenRandomFn gen;
    if (!gen) {
        HMODULE advapi = LoadLibraryA("advapi32.dll");
        gen = advapi ? (RtlGenRandomFn)(void *)GetProcAddress(advapi, "SystemFunction036") : NULL;
        if (!gen) return FALSE;
    }
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!gen(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE; /* like Windows: ProcessPrng always succeeds */
}
