package org.krait.runtime.types;

/**
 * CPython 3.12's list sort (Objects/listsort.txt, Objects/listobject.c list_sort_impl): natural
 * runs (strictly descending ones reversed), short runs extended to minrun by binary insertion,
 * runs merged by powersort's node powers, merges galloping with an adaptive min_gallop. It makes
 * exactly CPython's {@code <} calls in CPython's order, because user {@code __lt__} methods see
 * them and may log, raise or answer inconsistently.
 *
 * <p>It permutes an int array of original positions; {@link SortKeys} says how the keys at two
 * original positions compare, so keys and values move together for free. A comparison that raises leaves
 * the array a permutation of its input, in the same state as CPython's pointer array.
 */
final class TimSort {
    /** Galloping starts after this many wins in a row (listobject.c MIN_GALLOP). */
    private static final int MIN_GALLOP = 7;
    /** Runs shorter than minrun are extended by binary insertion; minrun is at most this. */
    private static final int MAX_MINRUN = 64;
    /** Powersort keeps at most log2(n) + 1 runs pending. */
    private static final int MAX_PENDING = 64;

    private int[] a;
    private int[] tmp = new int[0];
    private int listLength;
    private int minGallop = MIN_GALLOP;
    /** The pending runs' stack; made only for lists long enough to have more than one run. */
    private int[] runBase;
    private int[] runLength;
    private int[] runPower;
    private int pending;
    private final SortKeys keys;

    TimSort(SortKeys keys) {
        this.keys = keys;
    }

    private boolean lt(int x, int y) {
        return keys.lt(x, y);
    }

    /** Sorts {@code order} (original positions) stably by key. */
    final void sort(int[] order) {
        a = order;
        int n = order.length;
        listLength = n;
        if (n < 2) {
            return;
        }
        if (n < MAX_MINRUN) {
            // minrun is n: one run, extended by binary insertion to the whole list; nothing to merge
            int run = countRun(0, n);
            if (run < n) {
                binarySort(0, n, run);
            }
            return;
        }
        runBase = new int[MAX_PENDING];
        runLength = new int[MAX_PENDING];
        runPower = new int[MAX_PENDING];
        int minrun = minrun(n);
        int lo = 0;
        int remaining = n;
        do {
            int run = countRun(lo, lo + remaining);
            if (run < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + run);
                run = force;
            }
            foundNewRun(run);
            runBase[pending] = lo;
            runLength[pending] = run;
            pending++;
            lo += run;
            remaining -= run;
        } while (remaining > 0);
        forceCollapse();
    }

    /** n itself below 64, else a value in 32..64 such that n / minrun is just below a power of 2. */
    private static int minrun(int n) {
        int r = 0;
        while (n >= MAX_MINRUN) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * The length of the run starting at lo: non-descending, or strictly descending (then reversed
     * here, which keeps the sort stable because no two of its elements are equal).
     */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) {
            return 1;
        }
        int i = lo + 2;
        if (lt(a[lo + 1], a[lo])) {
            while (i < hi && lt(a[i], a[i - 1])) {
                i++;
            }
            reverse(lo, i);
        } else {
            while (i < hi && !lt(a[i], a[i - 1])) {
                i++;
            }
        }
        return i - lo;
    }

    private void reverse(int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Binary insertion of a[start:hi] into the sorted a[lo:start]; an element goes after its equals. */
    private void binarySort(int lo, int hi, int start) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            int pivot = a[start];
            int l = lo;
            int r = start;
            do {
                int m = l + ((r - l) >> 1);
                if (lt(pivot, a[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            } while (l < r);
            System.arraycopy(a, l, a, l + 1, start - l);
            a[l] = pivot;
        }
    }

    /**
     * Powersort's merge policy (listobject.c found_new_run): the boundary between the last pending
     * run and the new one gets a power; pending runs whose boundary power is higher merge first.
     */
    private void foundNewRun(int n2) {
        if (pending == 0) {
            return;
        }
        int power = nodePower(runBase[pending - 1], runLength[pending - 1], n2, listLength);
        while (pending > 1 && runPower[pending - 2] > power) {
            mergeAt(pending - 2);
        }
        runPower[pending - 1] = power;
    }

    /**
     * The first bit position where the midpoints of runs [s1, s1+n1) and [s1+n1, s1+n1+n2), as
     * binary fractions of n, differ. Doubled midpoints keep everything integral.
     */
    private static int nodePower(int s1, int n1, int n2, int n) {
        long x = 2L * s1 + n1;
        long y = x + n1 + n2;
        int power = 0;
        while (true) {
            power++;
            if (x >= n) {
                x -= n;
                y -= n;
            } else if (y >= n) {
                return power;
            }
            x <<= 1;
            y <<= 1;
        }
    }

    /** At the end, merges the pending runs right to left (the smaller neighbour of the middle first). */
    private void forceCollapse() {
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLength[n - 1] < runLength[n + 1]) {
                n--;
            }
            mergeAt(n);
        }
    }

    /** Merges pending runs i and i + 1 (i is the second or third from the top). */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLength[i];
        int baseB = runBase[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        // elements of A before where B's first belongs, and of B after where A's last belongs, stay
        int k = gallopRight(a[baseB], a, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(a[baseA + na - 1], a, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    private void ensureTmp(int need) {
        if (tmp.length < need) {
            tmp = new int[Math.max(need, Math.min(listLength, tmp.length * 2))];
        }
    }

    /**
     * Merges the runs at pa (length na, copied out) and pb = pa + na (length nb), front to back;
     * na <= nb, A's last element belongs last and B's first belongs first.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        int[] a = this.a;
        int[] t = tmp;
        System.arraycopy(a, pa, t, 0, na);
        int dest = pa;
        int ca = 0;
        int cb = pb;
        boolean copyB = false;
        try {
            a[dest++] = a[cb++];
            merge: {
                if (--nb == 0) {
                    break merge;
                }
                if (na == 1) {
                    copyB = true;
                    break merge;
                }
                int minGallop = this.minGallop;
                while (true) {
                    int acount = 0;
                    int bcount = 0;
                    // one element at a time until a run wins minGallop times in a row
                    while (true) {
                        if (lt(a[cb], t[ca])) {
                            a[dest++] = a[cb++];
                            bcount++;
                            acount = 0;
                            if (--nb == 0) {
                                break merge;
                            }
                            if (bcount >= minGallop) {
                                break;
                            }
                        } else {
                            a[dest++] = t[ca++];
                            acount++;
                            bcount = 0;
                            if (--na == 1) {
                                copyB = true;
                                break merge;
                            }
                            if (acount >= minGallop) {
                                break;
                            }
                        }
                    }
                    minGallop++;
                    do {
                        minGallop -= minGallop > 1 ? 1 : 0;
                        this.minGallop = minGallop;
                        int k = gallopRight(a[cb], t, ca, na, 0);
                        acount = k;
                        if (k != 0) {
                            System.arraycopy(t, ca, a, dest, k);
                            dest += k;
                            ca += k;
                            na -= k;
                            if (na == 1) {
                                copyB = true;
                                break merge;
                            }
                            if (na == 0) {
                                break merge; // only with an inconsistent comparison
                            }
                        }
                        a[dest++] = a[cb++];
                        if (--nb == 0) {
                            break merge;
                        }
                        k = gallopLeft(t[ca], a, cb, nb, 0);
                        bcount = k;
                        if (k != 0) {
                            System.arraycopy(a, cb, a, dest, k);
                            dest += k;
                            cb += k;
                            nb -= k;
                            if (nb == 0) {
                                break merge;
                            }
                        }
                        a[dest++] = t[ca++];
                        if (--na == 1) {
                            copyB = true;
                            break merge;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    minGallop++; // leaving galloping mode costs
                    this.minGallop = minGallop;
                }
            }
        } finally {
            if (copyB) {
                // A's last element belongs after all of B's rest
                System.arraycopy(a, cb, a, dest, nb);
                a[dest + nb] = t[ca];
            } else if (na > 0) {
                System.arraycopy(t, ca, a, dest, na);
            }
        }
    }

    /**
     * Merges the runs at pa (length na) and pb = pa + na (length nb, copied out), back to front;
     * na >= nb, A's last element belongs last and B's first belongs first.
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        int[] a = this.a;
        int[] t = tmp;
        System.arraycopy(a, pb, t, 0, nb);
        int dest = pb + nb - 1;
        int ca = pa + na - 1;
        int cb = nb - 1;
        boolean copyA = false;
        try {
            a[dest--] = a[ca--];
            merge: {
                if (--na == 0) {
                    break merge;
                }
                if (nb == 1) {
                    copyA = true;
                    break merge;
                }
                int minGallop = this.minGallop;
                while (true) {
                    int acount = 0;
                    int bcount = 0;
                    while (true) {
                        if (lt(t[cb], a[ca])) {
                            a[dest--] = a[ca--];
                            acount++;
                            bcount = 0;
                            if (--na == 0) {
                                break merge;
                            }
                            if (acount >= minGallop) {
                                break;
                            }
                        } else {
                            a[dest--] = t[cb--];
                            bcount++;
                            acount = 0;
                            if (--nb == 1) {
                                copyA = true;
                                break merge;
                            }
                            if (bcount >= minGallop) {
                                break;
                            }
                        }
                    }
                    minGallop++;
                    do {
                        minGallop -= minGallop > 1 ? 1 : 0;
                        this.minGallop = minGallop;
                        int k = na - gallopRight(t[cb], a, pa, na, na - 1);
                        acount = k;
                        if (k != 0) {
                            dest -= k;
                            ca -= k;
                            System.arraycopy(a, ca + 1, a, dest + 1, k);
                            na -= k;
                            if (na == 0) {
                                break merge;
                            }
                        }
                        a[dest--] = t[cb--];
                        if (--nb == 1) {
                            copyA = true;
                            break merge;
                        }
                        k = nb - gallopLeft(a[ca], t, 0, nb, nb - 1);
                        bcount = k;
                        if (k != 0) {
                            dest -= k;
                            cb -= k;
                            System.arraycopy(t, cb + 1, a, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                copyA = true;
                                break merge;
                            }
                            if (nb == 0) {
                                break merge; // only with an inconsistent comparison
                            }
                        }
                        a[dest--] = a[ca--];
                        if (--na == 0) {
                            break merge;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    minGallop++;
                    this.minGallop = minGallop;
                }
            }
        } finally {
            if (copyA) {
                // B's first element belongs before all of A's rest
                dest -= na;
                ca -= na;
                System.arraycopy(a, ca + 1, a, dest + 1, na);
                a[dest] = t[cb];
            } else if (nb > 0) {
                System.arraycopy(t, 0, a, dest - (nb - 1), nb);
            }
        }
    }

    /**
     * Where key belongs in the sorted arr[base:base+n]: k with arr[k-1] < key <= arr[k] (relative
     * to base), before any equal elements. Gallops from hint by 1, 3, 7, ... then binary searches.
     */
    private int gallopLeft(int key, int[] arr, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int h = base + hint;
        if (lt(arr[h], key)) {
            // arr[hint] < key: gallop right until arr[hint+lastofs] < key <= arr[hint+ofs]
            int maxofs = n - hint;
            while (ofs < maxofs && lt(arr[h + ofs], key)) {
                lastofs = ofs;
                ofs = grow(ofs, maxofs);
            }
            ofs = Math.min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            // key <= arr[hint]: gallop left until arr[hint-ofs] < key <= arr[hint-lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs && !lt(arr[h - ofs], key)) {
                lastofs = ofs;
                ofs = grow(ofs, maxofs);
            }
            ofs = Math.min(ofs, maxofs);
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        // now arr[lastofs] < key <= arr[ofs]: binary search in between
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(arr[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like {@link #gallopLeft} but after any equal elements: arr[k-1] <= key < arr[k]. */
    private int gallopRight(int key, int[] arr, int base, int n, int hint) {
        int lastofs = 0;
        int ofs = 1;
        int h = base + hint;
        if (lt(key, arr[h])) {
            // key < arr[hint]: gallop left until arr[hint-ofs] <= key < arr[hint-lastofs]
            int maxofs = hint + 1;
            while (ofs < maxofs && lt(key, arr[h - ofs])) {
                lastofs = ofs;
                ofs = grow(ofs, maxofs);
            }
            ofs = Math.min(ofs, maxofs);
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            // arr[hint] <= key: gallop right until arr[hint+lastofs] <= key < arr[hint+ofs]
            int maxofs = n - hint;
            while (ofs < maxofs && !lt(key, arr[h + ofs])) {
                lastofs = ofs;
                ofs = grow(ofs, maxofs);
            }
            ofs = Math.min(ofs, maxofs);
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, arr[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    /** The next galloping offset, 2 * ofs + 1, capped at maxofs where that would overflow an int. */
    private static int grow(int ofs, int maxofs) {
        int next = (ofs << 1) + 1;
        return next <= 0 ? maxofs : next;
    }
}
