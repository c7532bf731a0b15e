'use client';

import type { EventClickArg, EventInput } from '@fullcalendar/core';
import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { DateTime } from 'luxon';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

import type { AppointmentStatusName } from '@healthsync/contracts/scheduling';

import { calendarHref, type CalendarView } from '@/lib/calendar/calendar-range';
import { clinicZonePlugin } from '@/lib/calendar/clinic-zone-plugin';
import { FREE_SLOT_SWATCH, STATUS_SWATCHES } from '@/lib/calendar/status-colors';

import { BookSlotDialog, type BookingTarget } from './book-slot-dialog';

export interface CalendarAppointment {
  id: string;
  title: string;
  start: string;
  end: string;
  status: AppointmentStatusName;
}

export interface CalendarSlot {
  start: string;
  end: string;
  /** Its clinic time, HH:MM, and day, for the booking dialog and the keyboard list. */
  label: string;
}

interface Props {
  view: CalendarView;
  date: string;
  timeZone: string;
  appointments: CalendarAppointment[];
  slots: CalendarSlot[];
  /** The doctor shown, kept when a day's heading opens that day; absent for the whole clinic. */
  doctorId?: string;
  /** Present when the user may book and one doctor is shown: a free slot then opens the booking dialog. */
  booking?: { doctorId: string; doctorLabel: string; bookingKey: string };
}

const NARROW = '(max-width: 639px)';

/** On a phone seven columns are unreadable, so a week is drawn as its chosen day. */
function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}

function toEvents(appointments: CalendarAppointment[], slots: CalendarSlot[]): EventInput[] {
  const booked = appointments.map((appointment) => {
    const swatch = STATUS_SWATCHES[appointment.status];
    return {
      id: appointment.id,
      title: appointment.title,
      start: appointment.start,
      end: appointment.end,
      url: `/staff/appointments/${encodeURIComponent(appointment.id)}`,
      backgroundColor: swatch.background,
      borderColor: swatch.border,
      textColor: swatch.text,
      classNames: ['hs-event', `hs-event-${appointment.status}`],
      extendedProps: { kind: 'appointment' },
    };
  });
  const free = slots.map((slot) => ({
    title: 'Free',
    start: slot.start,
    end: slot.end,
    backgroundColor: FREE_SLOT_SWATCH.background,
    borderColor: FREE_SLOT_SWATCH.border,
    textColor: FREE_SLOT_SWATCH.text,
    classNames: ['hs-free-slot'],
    extendedProps: { kind: 'free', label: slot.label },
  }));
  return [...free, ...booked];
}

/** FullCalendar's day and week grids in the clinic's zone: appointments by status, and free slots to book. */
export function StaffCalendar({ view, date, timeZone, appointments, slots, doctorId, booking }: Props) {
  const router = useRouter();
  const narrow = useNarrowScreen();
  const [target, setTarget] = useState<BookingTarget | null>(null);
  const shownView = view === 'day' || narrow ? 'timeGridDay' : 'timeGridWeek';

  const onEventClick = ({ event, jsEvent }: EventClickArg) => {
    jsEvent.preventDefault();
    if (event.extendedProps['kind'] === 'appointment') {
      router.push(`/staff/appointments/${encodeURIComponent(event.id)}`);
    } else if (booking && event.start) {
      setTarget({ startsAt: event.start.toISOString(), label: String(event.extendedProps['label']) });
    }
  };

  const openDay = (day: Date) => {
    const local = DateTime.fromJSDate(day, { zone: timeZone }).toISODate();
    if (local) router.push(calendarHref('day', local, doctorId));
  };

  return (
    <div className="hs-calendar card overflow-x-auto p-2 sm:p-4">
      <FullCalendar
        key={`${shownView}-${date}`}
        plugins={[timeGridPlugin, interactionPlugin, clinicZonePlugin]}
        initialView={shownView}
        initialDate={date}
        timeZone={timeZone}
        locale="en-GB"
        firstDay={1}
        headerToolbar={false}
        height="auto"
        allDaySlot={false}
        slotMinTime="07:00:00"
        slotMaxTime="19:00:00"
        slotDuration="00:30:00"
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        displayEventEnd={false}
        dayHeaderFormat={{ weekday: 'short', day: 'numeric', month: 'short' }}
        nowIndicator
        slotEventOverlap={false}
        eventInteractive
        navLinks
        navLinkDayClick={openDay}
        events={toEvents(appointments, slots)}
        eventClick={onEventClick}
      />
      {booking && target && (
        <BookSlotDialog
          target={target}
          doctorId={booking.doctorId}
          doctorLabel={booking.doctorLabel}
          bookingKey={booking.bookingKey}
          timeZone={timeZone}
          onClose={() => setTarget(null)}
        />
      )}
      {booking && <FreeSlotList slots={slots} onChoose={setTarget} />}
    </div>
  );
}

/** The same free slots as plain buttons: a path that needs neither a pointer nor the calendar grid. */
function FreeSlotList({
  slots,
  onChoose,
}: {
  slots: CalendarSlot[];
  onChoose: (target: BookingTarget) => void;
}) {
  if (slots.length === 0) return <p className="mt-4">No free times in this range.</p>;
  return (
    <details className="mt-4">
      <summary className="cursor-pointer font-medium">Free times as a list ({slots.length})</summary>
      <ul className="mt-2 flex flex-wrap gap-2">
        {slots.map((slot) => (
          <li key={slot.start}>
            <button
              type="button"
              className="btn-secondary py-1"
              onClick={() => onChoose({ startsAt: slot.start, label: slot.label })}
            >
              Book {slot.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
