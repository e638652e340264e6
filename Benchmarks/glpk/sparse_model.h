/* The sparse test model of the build-cost benchmark, shared by the C (direct) and the
   Swift side through the same formula: m rows, n columns, k nonzeros per row at columns
   (i + t * (n / k)) mod n, coefficient 1 + ((31 i + 17 t) mod 100) / 10. 1-based arrays. */
#ifndef SPARSE_MODEL_H
#define SPARSE_MODEL_H
static inline int sparse_column(int i, int t, int n, int k) { return (i + t * (n / k)) % n; }
static inline double sparse_value(int i, int t) { return 1.0 + ((31 * i + 17 * t) % 100) / 10.0; }
#endif
