//! mimalloc for the whole process: its plain C API (one declaration for the global allocator
//! and `sqlite_mem`) and the global allocator [`Mi`].

use std::alloc::{GlobalAlloc, Layout};
use std::os::raw::{c_int, c_long, c_void};

// mimalloc's C API, from the library the `mimalloc` crate links for the global allocator
// (declared here rather than through `libmimalloc-sys`'s "extended" feature, which needs a crate
// this workspace does not have).
extern "C" {
    pub(crate) fn mi_malloc(size: usize) -> *mut c_void;
    pub(crate) fn mi_zalloc(size: usize) -> *mut c_void;
    pub(crate) fn mi_realloc(p: *mut c_void, newsize: usize) -> *mut c_void;
    pub(crate) fn mi_free(p: *mut c_void);
    pub(crate) fn mi_usable_size(p: *const c_void) -> usize;
    pub(crate) fn mi_good_size(size: usize) -> usize;
    pub(crate) fn mi_option_set(option: c_int, value: c_long);
    #[cfg(test)]
    pub(crate) fn mi_option_get(option: c_int) -> c_long;
}

/// The alignment every block of `mi_malloc` has when it is no smaller than the block
/// (`MI_MAX_ALIGN_SIZE` of mimalloc's headers; the rule `std`'s system allocator follows for
/// `malloc`).
const MI_MIN_ALIGN: usize = 16;

/// (speed78) mimalloc as the global allocator. `mimalloc::MiMalloc` asks `mi_malloc_aligned` for
/// every block, whose checks of the alignment cost about 20 instructions a call on the coder's
/// 2.6 M allocations of 5,000 articles; nearly all of them need no more than `MI_MIN_ALIGN`,
/// which `mi_malloc` gives. Those go to the plain calls, the others to `MiMalloc`; every block
/// is freed by `mi_free` either way.
pub struct Mi;

impl Mi {
    /// A block of `size` bytes aligned to `align` is one the plain calls give: an alignment of at
    /// most `MI_MIN_ALIGN` and no larger than the size.
    #[inline]
    fn plain(align: usize, size: usize) -> bool {
        align <= MI_MIN_ALIGN && align <= size
    }
}

// SAFETY: every call goes to mimalloc, which meets `GlobalAlloc`'s contract: a plain block's
// alignment is at least `layout.align()` (see `MI_MIN_ALIGN`), the rest go to `MiMalloc`.
unsafe impl GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if Mi::plain(layout.align(), layout.size()) {
            // SAFETY: a size of at least the alignment, which `mi_malloc` meets.
            unsafe { mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: as the caller's.
            unsafe { mimalloc::MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if Mi::plain(layout.align(), layout.size()) {
            // SAFETY: as `alloc`.
            unsafe { mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: as the caller's.
            unsafe { mimalloc::MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` is a block of mimalloc's (`MiMalloc::dealloc` is `mi_free`).
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if Mi::plain(layout.align(), new_size) {
            // SAFETY: `ptr` is a block of mimalloc's; the new size is at least the alignment.
            unsafe { mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            // SAFETY: as the caller's.
            unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Mi;
    use std::alloc::{GlobalAlloc, Layout};

    /// (fix67b) Blocks of the plain path (align 16 ≤ size 24 → 8 … 40) and of `MiMalloc`'s
    /// (align 32 > 16; align 16 > size 8) are aligned, zeroed when asked, and keep their bytes
    /// when reallocated across the two paths (a shrink below the alignment, a growth past it).
    #[test]
    fn blocks_are_aligned_zeroed_and_kept_on_realloc() {
        let cases: &[(usize, usize, &[usize])] =
            &[(32, 8, &[40, 4, 64]), (16, 8, &[24, 8, 4]), (8, 24, &[4, 40, 4096]), (16, 32, &[8, 48])];
        for &(align, size, resizes) in cases {
            let layout = Layout::from_size_align(size, align).unwrap();
            // SAFETY: a layout of nonzero size; each block is freed with its current layout.
            unsafe {
                let z = Mi.alloc_zeroed(layout);
                assert!(!z.is_null() && (z as usize).is_multiple_of(align), "zeroed ({align}, {size})");
                assert!(std::slice::from_raw_parts(z, size).iter().all(|&b| b == 0), "({align}, {size})");
                Mi.dealloc(z, layout);

                let mut p = Mi.alloc(layout);
                assert!(!p.is_null() && (p as usize).is_multiple_of(align), "alloc ({align}, {size})");
                for i in 0..size {
                    *p.add(i) = i as u8 ^ 0x5a;
                }
                let mut cur = layout;
                for &new_size in resizes {
                    p = Mi.realloc(p, cur, new_size);
                    assert!(
                        !p.is_null() && (p as usize).is_multiple_of(align),
                        "realloc ({align}, {size}) → {new_size}"
                    );
                    let kept = cur.size().min(new_size);
                    for i in 0..kept {
                        assert_eq!(*p.add(i), i as u8 ^ 0x5a, "byte {i}, ({align}, {size}) → {new_size}");
                    }
                    for i in kept..new_size {
                        *p.add(i) = i as u8 ^ 0x5a;
                    }
                    cur = Layout::from_size_align(new_size, align).unwrap();
                }
                Mi.dealloc(p, cur);
            }
        }
    }
}
