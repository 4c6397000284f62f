import { formatPlace, type Place } from "../../core";

/** A place as it starts a sentence: `Options!C5`, or the table name when no cell is to blame. */
export function formatPlaceText(place: Place): string {
  return formatPlace(place) || "The workbook";
}
