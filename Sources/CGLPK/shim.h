// The GLPK C API, as installed by Debian's libglpk-dev. Only the GLPK target imports it.
#include <glpk.h>
