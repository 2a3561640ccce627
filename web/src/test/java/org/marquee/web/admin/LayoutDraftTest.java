package org.marquee.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.catalog.boundary.RowSpec;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.web.admin.LayoutDraft.Brush;

class LayoutDraftTest {

  @Test
  void aNewLayoutHasRowsLabelledFromTheFront() {
    LayoutDraft draft = LayoutDraft.of(3, 8);
    assertEquals(
        List.of(
            new RowSpec("A", 8, SeatCategory.STANDARD),
            new RowSpec("B", 8, SeatCategory.STANDARD),
            new RowSpec("C", 8, SeatCategory.STANDARD)),
        draft.toSpecs());
    assertEquals(24, draft.getCounts().get("seats"));
  }

  @Test
  void rowsAreLabelledAfterTheLast() {
    assertEquals("A", LayoutDraft.nextLabel(""));
    assertEquals("B", LayoutDraft.nextLabel("A"));
    assertEquals("AA", LayoutDraft.nextLabel("Z"));
    assertEquals("BA", LayoutDraft.nextLabel("AZ"));
    assertEquals("13", LayoutDraft.nextLabel("12"));
  }

  @Test
  void paintingASeatGivesItItsOwnCategoryAndPaintingItAgainWithTheRowsGivesItBack() {
    LayoutDraft draft = LayoutDraft.of(1, 6);
    draft.paint(0, 1, Brush.WHEELCHAIR);
    draft.paint(0, 6, Brush.PREMIUM);
    RowSpec row = draft.toSpecs().get(0);
    assertEquals(SeatCategory.WHEELCHAIR, row.categoryOf(1));
    assertEquals(SeatCategory.PREMIUM, row.categoryOf(6));
    assertEquals(SeatCategory.STANDARD, row.categoryOf(2));
    assertEquals(1, draft.getCounts().get("wheelchair"));

    draft.paint(0, 1, Brush.STANDARD);
    assertEquals(Map.of(6, SeatCategory.PREMIUM), draft.toSpecs().get(0).seatCategories());
  }

  @Test
  void theHouseBrushTogglesASeatOrAWholeRow() {
    LayoutDraft draft = LayoutDraft.of(2, 4);
    draft.paint(1, 2, Brush.HOUSE);
    assertEquals(Set.of(2), draft.toSpecs().get(1).houseSeats());
    draft.paint(1, 2, Brush.HOUSE);
    assertTrue(draft.toSpecs().get(1).houseSeats().isEmpty());

    draft.paintRow(0, Brush.HOUSE);
    assertEquals(Set.of(1, 2, 3, 4), draft.toSpecs().get(0).houseSeats());
    assertEquals(4, draft.getCounts().get("house"));
    draft.paintRow(0, Brush.HOUSE);
    assertTrue(draft.toSpecs().get(0).houseSeats().isEmpty());
  }

  @Test
  void aRowsNewCategoryReplacesItsSeatsOwn() {
    LayoutDraft draft = LayoutDraft.of(1, 4);
    draft.paint(0, 1, Brush.WHEELCHAIR);
    draft.paintRow(0, Brush.PREMIUM);
    RowSpec row = draft.toSpecs().get(0);
    assertEquals(SeatCategory.PREMIUM, row.category());
    assertTrue(row.seatCategories().isEmpty());
  }

  @Test
  void seatsCutOffByANarrowerRowLoseWhatWasPaintedOnThem() {
    LayoutDraft draft = LayoutDraft.of(1, 10);
    draft.paint(0, 9, Brush.WHEELCHAIR);
    draft.paint(0, 10, Brush.HOUSE);
    draft.paint(0, 2, Brush.HOUSE);
    draft.getRows().get(0).setSeats(8);
    RowSpec row = draft.toSpecs().get(0);
    assertTrue(row.seatCategories().isEmpty());
    assertEquals(Set.of(2), row.houseSeats());
    assertEquals(8, draft.getCounts().get("seats"));
  }

  @Test
  void aCopiedLayoutKeepsEverySeatAsItWas() {
    List<RowSpec> original =
        List.of(
            new RowSpec(
                "A", 5, SeatCategory.STANDARD, Set.of(3), Map.of(1, SeatCategory.WHEELCHAIR)),
            new RowSpec("B", 6, SeatCategory.PREMIUM));
    LayoutDraft copy = LayoutDraft.from(original);
    assertEquals(original, copy.toSpecs());
    copy.addRow();
    assertEquals(new RowSpec("C", 6, SeatCategory.PREMIUM), copy.toSpecs().get(2));
    copy.removeRow(0);
    assertEquals("B", copy.getRows().get(0).getLabel());
  }
}
