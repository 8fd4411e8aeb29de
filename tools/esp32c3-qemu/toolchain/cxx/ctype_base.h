// The host's libstdc++ 12 headers on a bare-metal newlib target: the ctype masks from newlib's <ctype.h>
// classes (_U upper, _L lower, _N digit, _S space, _P punctuation, _C control, _X hex, _B blank).
namespace std _GLIBCXX_VISIBILITY(default)
{
_GLIBCXX_BEGIN_NAMESPACE_VERSION
  struct ctype_base
  {
    typedef const int* __to_type;
    typedef char mask;
    static const mask upper = _U;
    static const mask lower = _L;
    static const mask alpha = _U | _L;
    static const mask digit = _N;
    static const mask xdigit = _X | _N;
    static const mask space = _S;
    static const mask print = _P | _U | _L | _N | _B;
    static const mask graph = _P | _U | _L | _N;
    static const mask cntrl = _C;
    static const mask punct = _P;
    static const mask alnum = _U | _L | _N;
    static const mask blank = space;
  };
_GLIBCXX_END_NAMESPACE_VERSION
}
