import Link from 'next/link';

/** An appointment that does not exist, or one this doctor may not see: the two look the same. */
export default function AppointmentNotFound() {
  return (
    <>
      <h1>Appointment not found</h1>
      <p>There is no appointment you can open at this address.</p>
      <p>
        <Link href="/staff/calendar">Go to the calendar</Link>
      </p>
    </>
  );
}
