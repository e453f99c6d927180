package dev.kefu.archive.grading;

import dev.kefu.core.id.CustomerId;
import dev.kefu.core.validation.Violations;
import java.util.List;

/** Customers' sales read once into columns (ids, fen, total), refusing null input and rows. */
final class SalesColumns {

    final CustomerId[] ids;
    final long[] fen;
    final long total;

    private SalesColumns(CustomerId[] ids, long[] fen, long total) {
        this.ids = ids;
        this.fen = fen;
        this.total = total;
    }

    static SalesColumns read(List<? extends CustomerSales> input) {
        Violations v = Violations.create();
        if (!v.requireNonNull(input, "customers", Grading.ARC_5)) {
            v.throwIfAny();
        }
        int n = input.size();
        CustomerId[] ids = new CustomerId[n];
        long[] fen = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            CustomerSales c = input.get(i);
            if (c == null) {
                v.add("customers[" + i + "]", "required", Grading.ARC_5);
                continue;
            }
            ids[i] = c.customerId();
            fen[i] = c.sales().toFen();
            if (total > Long.MAX_VALUE - fen[i]) {
                Violations.create().add("customers", dev.kefu.archive.ArchiveMessages.BUNDLE, "amount.totalTooLarge", Grading.ARC_5)
                        .throwIfAny();
            }
            total += fen[i];
        }
        v.throwIfAny();
        return new SalesColumns(ids, fen, total);
    }
}
