* Assignment: five workers, five tasks, each worker does one task and each task
* gets one worker; minimise the total hours (cost matrix in the COLUMNS section).
* Fixed MPS format.  Solve with:  werk lp Problems/lp/assignment.mps
NAME          ASSIGN
ROWS
 N  HOURS
 E  WANA
 E  WBEN
 E  WCAS
 E  WDIA
 E  WELI
 E  TWELD
 E  TPAINT
 E  TWIRE
 E  TTEST
 E  TPACK
COLUMNS
    A_WELD    HOURS                9   WANA                 1
    A_WELD    TWELD                1
    A_PAINT   HOURS               11   WANA                 1
    A_PAINT   TPAINT               1
    A_WIRE    HOURS               14   WANA                 1
    A_WIRE    TWIRE                1
    A_TEST    HOURS               11   WANA                 1
    A_TEST    TTEST                1
    A_PACK    HOURS                7   WANA                 1
    A_PACK    TPACK                1
    B_WELD    HOURS                6   WBEN                 1
    B_WELD    TWELD                1
    B_PAINT   HOURS               15   WBEN                 1
    B_PAINT   TPAINT               1
    B_WIRE    HOURS               13   WBEN                 1
    B_WIRE    TWIRE                1
    B_TEST    HOURS               13   WBEN                 1
    B_TEST    TTEST                1
    B_PACK    HOURS               10   WBEN                 1
    B_PACK    TPACK                1
    C_WELD    HOURS               12   WCAS                 1
    C_WELD    TWELD                1
    C_PAINT   HOURS               13   WCAS                 1
    C_PAINT   TPAINT               1
    C_WIRE    HOURS                6   WCAS                 1
    C_WIRE    TWIRE                1
    C_TEST    HOURS                8   WCAS                 1
    C_TEST    TTEST                1
    C_PACK    HOURS                8   WCAS                 1
    C_PACK    TPACK                1
    D_WELD    HOURS               11   WDIA                 1
    D_WELD    TWELD                1
    D_PAINT   HOURS                9   WDIA                 1
    D_PAINT   TPAINT               1
    D_WIRE    HOURS               10   WDIA                 1
    D_WIRE    TWIRE                1
    D_TEST    HOURS               12   WDIA                 1
    D_TEST    TTEST                1
    D_PACK    HOURS                9   WDIA                 1
    D_PACK    TPACK                1
    E_WELD    HOURS                7   WELI                 1
    E_WELD    TWELD                1
    E_PAINT   HOURS               12   WELI                 1
    E_PAINT   TPAINT               1
    E_WIRE    HOURS               14   WELI                 1
    E_WIRE    TWIRE                1
    E_TEST    HOURS               10   WELI                 1
    E_TEST    TTEST                1
    E_PACK    HOURS               14   WELI                 1
    E_PACK    TPACK                1
RHS
    RHS       WANA                 1
    RHS       WBEN                 1
    RHS       WCAS                 1
    RHS       WDIA                 1
    RHS       WELI                 1
    RHS       TWELD                1
    RHS       TPAINT               1
    RHS       TWIRE                1
    RHS       TTEST                1
    RHS       TPACK                1
ENDATA
