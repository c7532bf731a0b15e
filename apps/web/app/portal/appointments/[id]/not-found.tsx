import Link from 'next/link';

/** Shown for an appointment that does not exist or is someone else's: the two look the same. */
export default function AppointmentNotFound() {
  return (
    <>
      <h1>Appointment not found</h1>
      <p>There is no appointment of yours at this address.</p>
      <p>
        <Link href="/portal">Back to my appointments</Link>
      </p>
    </>
  );
}
