/* TEST-ONLY stand-in for mscms.dll (Windows Color System), for running Qt 6 under Wine 8.
 *
 * Qt's Windows platform plugin (qwindows.dll) asks for the screen's colour profile through
 * these four functions; Wine 8's WcsCreateIccProfile is an unimplemented stub that aborts
 * the process. Here every call reports "no profile" and Qt uses sRGB. Loaded only inside the
 * CI Wine prefix (system32 + WINEDLLOVERRIDES=mscms=n); never shipped (build.sh checks).
 */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
typedef void *HPROFILE;
typedef int BOOL;

EXPORT HPROFILE OpenColorProfileW(const void *profile, unsigned long access, unsigned long share, unsigned long creation)
{ (void)profile; (void)access; (void)share; (void)creation; return NULL; }
EXPORT BOOL CloseColorProfile(HPROFILE profile) { (void)profile; return 0; }
EXPORT BOOL GetColorProfileFromHandle(HPROFILE profile, unsigned char *buffer, unsigned long *size)
{ (void)profile; (void)buffer; if (size) *size = 0; return 0; }
EXPORT HPROFILE WcsCreateIccProfile(HPROFILE profile, unsigned long options)
{ (void)profile; (void)options; return NULL; }
