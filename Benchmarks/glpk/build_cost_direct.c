/* Direct GLPK baseline of the build-cost benchmark: builds the sparse model with
   glp_add_rows/cols, bounds, objective and one glp_load_matrix on prebuilt triplet arrays,
   and prints the seconds each repetition took (arrays built outside the timing).
   Usage: build_cost_direct ROWS COLUMNS PER_ROW REPETITIONS */
#include <glpk.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "sparse_model.h"

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: %s ROWS COLUMNS PER_ROW REPETITIONS\n", argv[0]); return 2; }
    int m = atoi(argv[1]), n = atoi(argv[2]), k = atoi(argv[3]), repetitions = atoi(argv[4]);
    int ne = m * k;
    int *ia = malloc(sizeof(int) * (ne + 1)), *ja = malloc(sizeof(int) * (ne + 1));
    double *ar = malloc(sizeof(double) * (ne + 1));
    for (int i = 0, e = 1; i < m; i++)
        for (int t = 0; t < k; t++, e++) {
            ia[e] = i + 1; ja[e] = sparse_column(i, t, n, k) + 1; ar[e] = sparse_value(i, t);
        }
    for (int r = 0; r < repetitions; r++) {
        double start = now();
        glp_prob *P = glp_create_prob();
        glp_set_obj_dir(P, GLP_MIN);
        glp_add_cols(P, n);
        for (int j = 1; j <= n; j++) {
            glp_set_col_bnds(P, j, GLP_DB, 0.0, 10.0);
            glp_set_obj_coef(P, j, 1.0);
        }
        glp_add_rows(P, m);
        for (int i = 1; i <= m; i++) glp_set_row_bnds(P, i, GLP_UP, 0.0, 100.0);
        glp_load_matrix(P, ne, ia, ja, ar);
        int nonzeros = glp_get_num_nz(P);
        glp_delete_prob(P);
        printf("direct,%d,%.6f\n", nonzeros, now() - start);
    }
    free(ia); free(ja); free(ar);
    glp_free_env();
    return 0;
}
