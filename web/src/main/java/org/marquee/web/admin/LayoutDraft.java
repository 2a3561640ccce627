package org.marquee.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.marquee.catalog.boundary.RowSpec;
import org.marquee.catalog.entity.SeatCategory;

/**
 * An auditorium's seat layout as the layout editor changes it: rows with a label, a number of seats
 * and a category, and single seats painted another category or marked as house seats. It knows
 * nothing of Faces, so it is tested alone; {@link #toSpecs()} gives what {@code
 * ProgrammeService.addAuditorium} takes, which checks it again.
 */
public class LayoutDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a click on a seat or a row label does. */
  public enum Brush {
    STANDARD,
    PREMIUM,
    WHEELCHAIR,
    HOUSE;

    SeatCategory category() {
      return this == HOUSE ? null : SeatCategory.valueOf(name());
    }
  }

  /** One seat as drawn. */
  public record DraftSeat(int number, SeatCategory category, boolean house)
      implements Serializable {
    public String getCssClass() {
      return "seat available " + category.name().toLowerCase() + (house ? " house" : "");
    }
  }

  /** One row, edited in place by the editor's fields. */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;

    private String label;
    private int seats;
    private SeatCategory category;
    private final Map<Integer, SeatCategory> own = new HashMap<>();
    private final Set<Integer> house = new HashSet<>();

    Row(String label, int seats, SeatCategory category) {
      this.label = label;
      this.seats = seats;
      this.category = category;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label == null ? null : label.trim().toUpperCase();
    }

    public int getSeats() {
      return seats;
    }

    public void setSeats(int seats) {
      this.seats = seats;
    }

    public SeatCategory getCategory() {
      return category;
    }

    /** A row's new category replaces any painted on its single seats. */
    public void setCategory(SeatCategory category) {
      if (category != this.category) {
        own.clear();
      }
      this.category = category;
    }

    SeatCategory categoryOf(int number) {
      return own.getOrDefault(number, category);
    }

    public List<DraftSeat> getSeatList() {
      return IntStream.rangeClosed(1, Math.max(0, Math.min(seats, 100)))
          .mapToObj(n -> new DraftSeat(n, categoryOf(n), house.contains(n)))
          .toList();
    }

    RowSpec toSpec() {
      Map<Integer, SeatCategory> kept = new HashMap<>(own);
      kept.keySet().removeIf(n -> n > seats);
      Set<Integer> keptHouse = new HashSet<>(house);
      keptHouse.removeIf(n -> n > seats);
      return new RowSpec(label, seats, category, keptHouse, kept);
    }
  }

  private final List<Row> rows = new ArrayList<>();

  /** A new auditorium: {@code count} rows A, B, ... of {@code seats} standard seats. */
  public static LayoutDraft of(int count, int seats) {
    LayoutDraft draft = new LayoutDraft();
    for (int i = 0; i < count; i++) {
      draft.addRow();
      draft.rows.get(i).seats = seats;
    }
    return draft;
  }

  /** The layout of an existing auditorium, to copy. */
  public static LayoutDraft from(List<RowSpec> specs) {
    LayoutDraft draft = new LayoutDraft();
    for (RowSpec spec : specs) {
      Row row = new Row(spec.row(), spec.seats(), spec.category());
      row.own.putAll(spec.seatCategories());
      row.house.addAll(spec.houseSeats());
      draft.rows.add(row);
    }
    return draft;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** Adds a row behind the last, labelled after it and as wide as it. */
  public void addRow() {
    if (rows.isEmpty()) {
      rows.add(new Row("A", 10, SeatCategory.STANDARD));
      return;
    }
    Row last = rows.get(rows.size() - 1);
    rows.add(new Row(nextLabel(last.label), last.seats, last.category));
  }

  public void removeRow(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  /**
   * Paints one seat: a category brush gives it that category (or gives it back its row's); the
   * house brush makes it a house seat or a public one again.
   */
  public void paint(int rowIndex, int number, Brush brush) {
    Row row = rows.get(rowIndex);
    if (brush == Brush.HOUSE) {
      if (!row.house.remove(number)) {
        row.house.add(number);
      }
    } else if (brush.category() == row.category) {
      row.own.remove(number);
    } else {
      row.own.put(number, brush.category());
    }
  }

  /**
   * Paints a whole row: a category brush sets the row's category; the house brush makes every seat
   * of it a house seat, or none when all already are.
   */
  public void paintRow(int rowIndex, Brush brush) {
    Row row = rows.get(rowIndex);
    if (brush != Brush.HOUSE) {
      row.setCategory(brush.category());
      return;
    }
    Set<Integer> all = new HashSet<>();
    IntStream.rangeClosed(1, row.seats).forEach(all::add);
    if (row.house.containsAll(all)) {
      row.house.clear();
    } else {
      row.house.addAll(all);
    }
  }

  public List<RowSpec> toSpecs() {
    return rows.stream().map(Row::toSpec).toList();
  }

  /** How many seats of each category, house seats counted apart. */
  public Map<String, Integer> getCounts() {
    Map<SeatCategory, Integer> byCategory = new EnumMap<>(SeatCategory.class);
    int house = 0;
    int total = 0;
    for (Row row : rows) {
      for (DraftSeat seat : row.getSeatList()) {
        byCategory.merge(seat.category(), 1, Integer::sum);
        house += seat.house() ? 1 : 0;
        total++;
      }
    }
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    counts.put("seats", total);
    for (SeatCategory category : SeatCategory.values()) {
      counts.put(category.name().toLowerCase(), byCategory.getOrDefault(category, 0));
    }
    counts.put("house", house);
    return counts;
  }

  /** A after nothing, B after A, AA after Z, 4 after 3. */
  static String nextLabel(String label) {
    if (label == null || label.isEmpty()) {
      return "A";
    }
    if (label.chars().allMatch(Character::isDigit)) {
      return Integer.toString(Integer.parseInt(label) + 1);
    }
    char[] chars = label.toCharArray();
    for (int i = chars.length - 1; i >= 0; i--) {
      if (chars[i] < 'Z') {
        chars[i]++;
        return new String(chars);
      }
      chars[i] = 'A';
    }
    return "A" + new String(chars);
  }
}
