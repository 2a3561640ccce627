package org.marquee.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marquee.catalog.boundary.AuditoriumView;
import org.marquee.catalog.boundary.CatalogService;
import org.marquee.catalog.boundary.ProgrammeService;
import org.marquee.catalog.boundary.TheaterView;
import org.marquee.catalog.entity.SeatCategory;
import org.marquee.platform.BusinessException;
import org.marquee.web.site.Messages;

/**
 * The auditorium page (/admin/auditorium.xhtml). With {@code ?id=} it shows an auditorium's layout
 * as built; with {@code ?theater=} (and {@code &copy=} to start from another auditorium's layout)
 * it is the seat layout editor: rows with their label, width and category, a brush (standard,
 * premium, wheelchair, house seat) to paint single seats or whole rows on the drawn plan, and
 * counts of what the auditorium will hold. A layout is fixed once saved, since tickets are sold for
 * its seats.
 */
@Named
@ViewScoped
public class LayoutEditorBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgrammeService programme;
  @Inject CatalogService catalog;

  private String id;
  private String theater;
  private String copy;

  private AuditoriumView built;
  private TheaterView theaterView;
  private LayoutDraft draft;
  private LayoutDraft.Brush brush = LayoutDraft.Brush.WHEELCHAIR;
  private String name;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (id != null) {
        built = auditorium(id);
        if (built != null) {
          draft = LayoutDraft.from(built.rows());
        }
        return;
      }
      if (theater == null) {
        Messages.error(null, "auditorium.notheater");
        return;
      }
      // a theater id that is no number names no theater: the catalog refuses it as typed
      theaterView = catalog.theater(number(theater), theater);
      if (copy != null) {
        AuditoriumView original = auditorium(copy);
        if (original == null) {
          return;
        }
        draft = LayoutDraft.from(original.rows());
        name = Messages.text("auditorium.copyname", original.name());
      } else {
        draft = LayoutDraft.of(8, 12);
      }
    } catch (BusinessException e) {
      Messages.refusal(null, e);
    }
  }

  /** The auditorium of the id as typed in the URL, or null (with a message) if it is no number. */
  private AuditoriumView auditorium(String value) {
    Long auditoriumId = number(value);
    if (auditoriumId == null) {
      Messages.error(null, "auditorium.unknown", value);
      return null;
    }
    return programme.auditorium(auditoriumId);
  }

  private static Long number(String value) {
    try {
      return value == null ? null : Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public void addRow() {
    draft.addRow();
  }

  public void removeRow(int index) {
    draft.removeRow(index);
  }

  public void paint(int rowIndex, int number) {
    draft.paint(rowIndex, number, brush);
  }

  public void paintRow(int rowIndex) {
    draft.paintRow(rowIndex, brush);
  }

  public String save() {
    try {
      long added = programme.addAuditorium(theaterView.id(), name, draft.toSpecs());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("auditorium.added", name.trim(), theaterView.name());
      return "/admin/auditorium.xhtml?faces-redirect=true&id=" + added;
    } catch (BusinessException e) {
      Messages.refusal(null, e);
      return null;
    }
  }

  public boolean isEditing() {
    return built == null && theaterView != null && draft != null;
  }

  /** What a seat of the plan says to a screen reader: "Row A seat 3, wheelchair, house seat". */
  public String describe(LayoutDraft.Row row, LayoutDraft.DraftSeat seat) {
    return Messages.text(
        seat.house() ? "auditorium.describe.house" : "auditorium.describe",
        row.getLabel(),
        String.valueOf(seat.number()),
        Messages.text("auditorium.category." + seat.category().name()));
  }

  /** The label of a row's remove button: "Remove row C". */
  public String removeLabel(LayoutDraft.Row row) {
    return Messages.text("auditorium.row.remove", row.getLabel());
  }

  /** The label of a row's button on the plan, which paints the whole row: "Paint all of row C". */
  public String paintRowLabel(LayoutDraft.Row row) {
    return Messages.text("auditorium.row.paint", row.getLabel());
  }

  /** Seats, then each category, then house seats, with how many the layout has. */
  public List<Map.Entry<String, Integer>> getCounts() {
    return List.copyOf(draft.getCounts().entrySet());
  }

  public List<SeatCategory> getCategories() {
    return List.of(SeatCategory.values());
  }

  public LayoutDraft.Brush[] getBrushes() {
    return LayoutDraft.Brush.values();
  }

  public AuditoriumView getBuilt() {
    return built;
  }

  public TheaterView getTheaterView() {
    return theaterView;
  }

  public LayoutDraft getDraft() {
    return draft;
  }

  public LayoutDraft.Brush getBrush() {
    return brush;
  }

  public void setBrush(LayoutDraft.Brush brush) {
    this.brush = brush;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTheater() {
    return theater;
  }

  public void setTheater(String theater) {
    this.theater = theater;
  }

  public String getCopy() {
    return copy;
  }

  public void setCopy(String copy) {
    this.copy = copy;
  }
}
